// The wide build of the pipeline (`Vgatebook_wide`) behind the same C entry points as the
// default build, named `gb_wide_*`.
#define GB_MODEL Vgatebook_wide
#define GB_MODEL_HEADER "Vgatebook_wide.h"
#define GB_MODEL_NAME "gatebook_wide"
#define GB_STATE gb_wide
#define GB_FN(name) gb_wide_##name
#include "shim.cpp"
