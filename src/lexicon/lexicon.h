// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// The multilingual word lists, in one place: every word artext recognises
// in text (bylines, datelines, time stamps, promotions, error titles), each
// list once, named for what its words are. Class and id tokens (Readability's
// REGEXPS) are in clean/patterns.h; thresholds are in heuristics.h.
//
// Unless a list says otherwise, its words are folded (metadata::FoldForMatch:
// lower case, no accents) and are compared with a word that was folded the
// same way and stripped of surrounding punctuation (byline::Key).

#ifndef ARTEXT_LEXICON_LEXICON_H_
#define ARTEXT_LEXICON_LEXICON_H_

#include <string_view>

#include "lexicon/word_set.h"

namespace artext::lexicon {

// --- Names -------------------------------------------------------------------

// Lower-case parts of names: "Ludwig van Beethoven", "Maria de la Cruz".
extern const WordSet kNameParticles;
// Abbreviations written with a dot inside names: "jr", "st", "dr".
extern const WordSet kNameAbbreviations;
// Romanised Korean and Chinese family names ("kim", "chung", "chen"). After
// one of these the parts of a hyphenated given name are lower case: "Chung
// Yeong-gyo".
extern const WordSet kEastAsianFamilyNames;
// Words that join two names: "and", "und", "et", "en", "og", "och", "with";
// the one-letter ones ("y", "e", "и") are in kShortNameSeparators.
extern const WordSet kNameSeparators;
// One-letter joiners, only in lower case (so "Jane E Doe" stays whole);
// compared unfolded.
extern const WordSet kShortNameSeparators;

// --- Bylines -----------------------------------------------------------------

// Lead-ins removed from the start of a byline item: "by", "author", "автор".
extern const WordSet kBylineLeadIns;
// First words of two-word lead-ins ending in "by": "written", "posted".
extern const WordSet kBylineLeadInVerbs;
// Non-English "by": "von", "par", "por", "door", "di", "av". Only stripped
// when a full name (2+ words) follows, as "Von Trapp" or "Di Maria" are names.
extern const WordSet kForeignBy;
// Labels before a byline's names in 17 languages: "author", "autorin",
// "著者". A label followed by ":" or "/" (or alone in its element) opens a
// byline (metadata/readers/byline_lines).
extern const WordSet kBylineLabels;
// "Written", "Veröffentlicht", "Publié": the first word of a label whose
// second is in kBylineLabelBy ("by", "von", "par", "por", "da", ...).
extern const WordSet kBylineLabelVerbs;
extern const WordSet kBylineLabelBy;
// Labels of an editor's credit, folded, in the languages of our bylines:
// "Editor:", "Edited by", "Redaktur:", "Penyunting:", "编辑：", "편집:". Not
// German "Redakteur", which credits the writer.
extern const WordSet kEditorLabels;
// Jobs, ranks, beats and honorifics: "writer", "senior", "politics", "dr". A
// byline item is cut at the first of these ("Jane Doe Staff Writer"); an item
// made only of them is dropped.
extern const WordSet kBylineRoles;
// Role words written after (or before) CJK names, often without a space
// ("김철수 기자", "김철수기자", "記者 山田太郎"). Longest first, so the first
// match is the whole affix: "선임기자" before "기자". Unfolded.
extern const WordSet kCjkRoleAffixes;
// Words that mark an organisation rather than a person: "news", "reuters".
extern const WordSet kOrganisationWords;
// News agencies by the short names bylines credit them with ("Paula
// Steiger, SDA", "Le Figaro et AFP"): a co-author beside the journalist.
extern const WordSet kNewsAgencies;
// Last words of a team's credit: "Podium Staff", "The Upwork Team".
extern const WordSet kTeamWords;
// Whole items that are never an author: "staff", "admin", "the editors".
extern const WordSet kNonAuthorPhrases;
// URL path segments under which sites file their authors' pages
// ("/author/jane-doe", "/autoren/anna-mueller", "/editors/jon-doe"), in the
// languages of our bylines. Lower-case ASCII, compared whole.
extern const WordSet kAuthorPathSegments;
// First words of calls to action and widgets: "Follow", "Email the author",
// "View all posts", "Share on Facebook".
extern const WordSet kNonAuthorFirstWords;
// Prepositions joining a name to a place or employer: "for", "from", "in".
extern const WordSet kJoiningPrepositions;
// Words that start a clause after a name ("Jane Doe is a ..."): a name never
// continues with them.
extern const WordSet kClauseWords;
// Words that start a trailing date note in a byline: "updated",
// "published", "입력". The byline ends there.
extern const WordSet kBylineTailWords;
// The words after "last" that make "Last updated ..." a date note.
extern const WordSet kAfterLast;

// --- Dates and times ---------------------------------------------------------

// Month number 1..12 for a folded month name or abbreviation ("october",
// "okt", "octobre", "aout", "октября"), or 0 if it is not one. A trailing
// abbreviation dot must be removed by the caller.
int MonthNumber(std::string_view folded);
// The same, and the month names of more languages (Polish, Czech, Turkish,
// Romanian, Greek, Arabic, Persian, ...), some of which are also given
// names or common words: for the date parser, where a date's shape
// surrounds the word, not for bylines.
int MonthNumberInDate(std::string_view folded);
// Month 1..12 of the Solar Hijri calendar ("مهر" -> 7), or 0.
int SolarHijriMonthNumber(std::string_view folded);
// Folded weekday names and abbreviations ("thu", "donnerstag", "jeudi",
// "четверг"). Two-letter abbreviations are not included: they collide with
// ordinary words ("do", "so", "di").
extern const WordSet kWeekdays;
// Prepositions before a date: "on" (Oct 12), "am" (12. Oktober), "le".
extern const WordSet kDatePrepositions;
// Besides the date prepositions, words left dangling after a date is cut
// off a byline: "pm", "the".
extern const WordSet kDateFillers;
// Words between a date and its time, besides weekday names: "at", "um",
// "alle", "в", "kl" ("12 Oct 2023 at 20:00").
extern const WordSet kTimeLeadWords;
// Words that make a visible dateline the modification date, found anywhere
// in its folded first 40 bytes: "updated", "mis a jour", "수정".
extern const WordSet kUpdatedWords;
// Words that make a date an offer's or an event's end, not a dateline:
// "Sale ends 03/31/2026", "Valid until", "gültig bis", "jusqu'au", "hasta
// el", "fino al", "geldig tot", "до". Folded whole words (the CJK ones
// also as parts: "まで", "截止", "까지" are written against the date).
extern const WordSet kExpiryWords;

// --- Lines of content (content/line_shape, content/judge) --------------------

// Leading words of a time stamp line ("Updated 11:21 pm"), compared as a
// prefix ignoring ASCII case.
extern const WordSet kStampLeadWords;
// Phrases only a promotion makes ("sign up for our", "click here"), found
// anywhere ignoring ASCII case. Origin: the newsletter, magazine and app
// promotions between and after stories on the ScrapingHub and Readability
// pages.
extern const WordSet kCallToActionPhrases;
// Openings of a newsletter heading ("Join Our Genius Newsletter",
// "Subscribe to State of AI newsletter"), compared as a prefix ignoring
// ASCII case, on short lines that name a newsletter.
extern const WordSet kNewsletterCallOpeners;
// Error page titles ("page not found"), found in the ASCII-lower-cased
// headline. Origin: the error pages of the major CMSs (WordPress, Drupal,
// Arc, Naver/Daum, Yahoo Japan) in the corpus languages.
extern const WordSet kErrorTitlePhrases;

}  // namespace artext::lexicon

#endif  // ARTEXT_LEXICON_LEXICON_H_
