# Type hints for the artext module (python/artext/__init__.py).
from typing import Any, Iterable, Iterator, Literal, Mapping, Tuple, Union

__version__: str

Html = Union[bytes, bytearray, memoryview, str]
Page = Union[Html, Tuple[Html, str | None], Mapping[str, Any]]

class Error(Exception): ...
class NotHtmlError(Error): ...
class TooLargeError(Error): ...
class ExtractionTimeout(Error, TimeoutError): ...

def extract(
    html: Html,
    url: str | None = ...,
    *,
    charset: str = ...,
    transport_charset: str = ...,
    max_input_bytes: int = ...,
    max_nesting_depth: int = ...,
    max_elements: int = ...,
    timeout_seconds: float = ...,
    min_words: int = ...,
    min_article_chars: int = ...,
    now_unix: int = ...,
    trim_declared_titles: bool = ...,
    explain: bool = ...,
    debug: bool = ...,
) -> dict[str, Any]: ...

def extract_many(
    pages: Iterable[Page],
    jobs: int | None = ...,
    errors: Literal["raise", "return"] = ...,
    chunk: int = ...,
    **options: Any,
) -> Iterator[dict[str, Any] | Error]: ...
