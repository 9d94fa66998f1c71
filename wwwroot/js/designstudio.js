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
  },
  // Per-browser settings (the theme); null when storage is unavailable.
  getSetting: function (key) {
    try { return window.localStorage.getItem(key); } catch { return null; }
  },
  setSetting: function (key, value) {
    try { window.localStorage.setItem(key, value); } catch { /* storage blocked */ }
  },
  // Renders an SVG document to PNG through an HTML canvas and offers it as a download.
  downloadSvgAsPng: function (fileName, svgText, scale) {
    return new Promise(function (resolve, reject) {
      const k = scale || 2;
      const svgUrl = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
      const img = new Image();
      img.onload = function () {
        try {
          const canvas = document.createElement("canvas");
          canvas.width = Math.max(1, Math.ceil(img.naturalWidth * k));
          canvas.height = Math.max(1, Math.ceil(img.naturalHeight * k));
          const ctx = canvas.getContext("2d");
          ctx.fillStyle = "#ffffff";
          ctx.fillRect(0, 0, canvas.width, canvas.height);
          ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
          URL.revokeObjectURL(svgUrl);
          canvas.toBlob(function (png) {
            if (!png) { reject(new Error("The browser could not encode the PNG.")); return; }
            const url = URL.createObjectURL(png);
            const a = document.createElement("a");
            a.href = url;
            a.download = fileName;
            document.body.appendChild(a);
            a.click();
            a.remove();
            setTimeout(() => URL.revokeObjectURL(url), 1000);
            resolve(png.size);
          }, "image/png");
        } catch (e) { reject(e); }
      };
      img.onerror = function () { URL.revokeObjectURL(svgUrl); reject(new Error("The SVG could not be loaded as an image.")); };
      img.src = svgUrl;
    });
  }
};
