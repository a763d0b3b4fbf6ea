#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

/// xmlFree is a global function pointer in libxml2; Swift 6 refuses to read mutable globals,
/// so it is wrapped in a function.
static inline void marsad_xml_free(void *p) { xmlFree(p); }
