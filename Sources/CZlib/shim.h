#ifndef BYLINE_CZLIB_SHIM_H
#define BYLINE_CZLIB_SHIM_H

#include <zlib.h>

// inflateInit2 is a macro, invisible to Swift; this calls the function behind it. Window bits
// 15 + 32 detect gzip and zlib headers automatically.
static inline int byline_inflate_init_auto(z_stream *stream) {
  return inflateInit2_(stream, 15 + 32, ZLIB_VERSION, (int)sizeof(z_stream));
}

#endif
