// Copyright (c) artext authors. MIT licence (see LICENSE).
//
// ARTEXT_EXPORT marks the declarations of the public API. The library is
// compiled with -fvisibility=hidden, so everything else in it (the passes,
// gumbo and nlohmann code it instantiates) stays out of libartext.so's
// dynamic symbol table and can change without breaking programs linked
// against it.

#ifndef ARTEXT_EXPORT_H_
#define ARTEXT_EXPORT_H_

#if defined(__GNUC__) || defined(__clang__)
#define ARTEXT_EXPORT __attribute__((visibility("default")))
#else
#define ARTEXT_EXPORT
#endif

#endif  // ARTEXT_EXPORT_H_
