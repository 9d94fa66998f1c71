// Small browser helpers the studio calls through JS interop.
window.designStudio = {
  // Offers text as a file download without a server round trip.
  download: function (fileName, text, mimeType) {
    const blob = new Blob([text], { type: mimeType || "text/plain" });
    const url = URL.createObjectURL(blob);
    const a = document.createElement("a");
    a.href = url;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  },
  copy: async function (text) {
    await navigator.clipboard.writeText(text);
  }
};
