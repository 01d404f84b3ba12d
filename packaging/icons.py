"""Render the desk's icon (packaging/icons/kuty-console.svg) to the hicolor PNG sizes.

`python packaging/icons.py ROOT` writes ROOT/usr/share/icons/hicolor/<n>x<n>/apps/
kuty-console.png for each size and the SVG as .../scalable/apps/kuty-console.svg: the
tree a .deb installs (packaging/deb.py). Rendered with Qt's SVG module offscreen, which
every build machine has (PySide6 is a dependency); no rsvg-convert or Inkscape needed.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

SVG = Path(__file__).resolve().parent / "icons" / "kuty-console.svg"
NAME = "kuty-console"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render_icons(root: Path) -> list[Path]:
    """Write the icon theme files under `root`; returns the paths written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"icons: {SVG} is not a valid SVG")
    hicolor = root / "usr/share/icons/hicolor"
    written: list[Path] = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        out = hicolor / f"{size}x{size}/apps/{NAME}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out), "PNG"):
            raise SystemExit(f"icons: cannot write {out}")
        written.append(out)
    scalable = hicolor / f"scalable/apps/{NAME}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SVG, scalable)
    written.append(scalable)
    del app
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python packaging/icons.py ROOT")
    for path in render_icons(Path(sys.argv[1])):
        print(path)
