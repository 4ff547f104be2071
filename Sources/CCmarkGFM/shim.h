// Bridges cmark-gfm (CommonMark with the GitHub extensions, tables among them) into Swift.
#ifndef LOSSLAB_CCMARKGFM_SHIM_H
#define LOSSLAB_CCMARKGFM_SHIM_H

#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>

#endif
