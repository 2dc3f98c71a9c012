# bash completion for artext (installed as
# share/bash-completion/completions/artext). The option list follows
# `artext --help` (src/cli/main.cc); tests/cli/completions.sh fails when an
# option of --help is missing here.

_artext() {
  local cur prev
  COMPREPLY=()
  cur="${COMP_WORDS[COMP_CWORD]}"
  prev="${COMP_WORDS[COMP_CWORD-1]}"

  local i subcommand=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    if [[ "${COMP_WORDS[i]}" == check ]]; then subcommand=check; break; fi
  done

  if [[ "$subcommand" == check ]]; then
    case "$prev" in
      --fields) return 0 ;;
      --why-dir) COMPREPLY=($(compgen -d -- "$cur")); return 0 ;;
    esac
    if [[ "$cur" == -* ]]; then
      COMPREPLY=($(compgen -W "--fields --why-dir --update -h --help" -- "$cur"))
    else
      COMPREPLY=($(compgen -d -- "$cur"))
    fi
    return 0
  fi

  case "$prev" in
    -f|--format)
      COMPREPLY=($(compgen -W "json jsonl text markdown html why" -- "$cur"))
      return 0 ;;
    --input-format)
      COMPREPLY=($(compgen -W "auto html warc jsonl" -- "$cur"))
      return 0 ;;
    --charset)
      COMPREPLY=($(compgen -W "utf-8 windows-1252 iso-8859-1 shift_jis euc-jp euc-kr gbk gb18030 big5 koi8-r windows-1251 utf-16le utf-16be" -- "$cur"))
      return 0 ;;
    -o|--output|--files-from)
      COMPREPLY=($(compgen -f -- "$cur"))
      return 0 ;;
    --output-dir)
      COMPREPLY=($(compgen -d -- "$cur"))
      return 0 ;;
    -j|--jobs|--url|--glob|--min-words|--max-bytes|--max-memory|--timeout)
      return 0 ;;
  esac

  if [[ "$cur" == -* ]]; then
    COMPREPLY=($(compgen -W "-h --help --version -f --format -o --output
      --output-dir -j --jobs --input-format --glob --files-from -0 --null
      --skip-existing --articles-only --fail-fast -q --quiet --url --charset
      --min-words --max-bytes --max-memory --timeout --why --explain --debug" -- "$cur"))
  else
    COMPREPLY=($(compgen -W "check" -- "$cur") $(compgen -f -- "$cur"))
  fi
  return 0
}

complete -o filenames -F _artext artext
