#ifndef BYLINE_CLIBXML2_SHIM_H
#define BYLINE_CLIBXML2_SHIM_H

// Debian's libxml2 headers include the system ICU headers, which clash with the Swift
// toolchain's own ICU module; Byline does not need libxml2's ICU support, so switch it off
// before anything else is included.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <stdlib.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

// xmlFree is a C global function pointer, which Swift 6 refuses as not concurrency-safe.
static inline void byline_xml_free(void *pointer) { xmlFree(pointer); }

// Silences libxml2's error printing for the calling thread (errors are checked by the caller).
static void byline_xml_ignore_error(void *context, const char *message, ...) {}
static inline void byline_xml_silence_errors(void) {
  xmlSetGenericErrorFunc(NULL, byline_xml_ignore_error);
}

#endif
