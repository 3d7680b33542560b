// Prepended to imgui.js (--pre-js): helpers for the EM_JS functions of
// browser.cpp.

// Copies a JavaScript string into the WebAssembly heap as UTF-8; the C++
// caller frees it.
function mallocUtf8(text) {
  var size = lengthBytesUTF8(text) + 1;
  var pointer = _malloc(size);
  stringToUTF8(text, pointer, size);
  return pointer;
}
