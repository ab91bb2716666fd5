// draad-zip.so holds no code of its own: it is linked to libzip and
// libxlsxwriter (stream/zip_library.h), so that loading it loads them, and
// draad finds their functions through it with dlsym.
