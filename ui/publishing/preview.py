"""The preview of a publication's PDF and HTML, made in memory and never written to disk.

The core renders it (`archive.publishing.preview`) from the very items the gates accept and
with the same functions a release uses, so what is shown is what leaves.
The PDF is drawn page by page with pypdfium2 (PDFium, the engine Chrome uses, bundled in
its wheel), so the layout can be checked before a release; if the PDF cannot be drawn, each
page's text is shown as a reader's PDF program would extract it (the core's own read-back).
"""

from __future__ import annotations

import base64
import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from haart_archive.types.publishing import RenderedPublication
from ui.widgets import note

try:  # a required dependency; the text fallback keeps the preview usable if it is missing
    import pypdfium2

    HAVE_PDFIUM = True
except ImportError:  # pragma: no cover - depends on the installation
    HAVE_PDFIUM = False

SCALE = 1.3  # points to pixels: a page about as wide as the preview pane at the default size


def pdf_page_images(pdf: bytes, scale: float = SCALE) -> list[QImage]:
    """Every page of `pdf` drawn as an image (in memory; nothing touches the disk)."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)):
            page = document[index]
            picture = page.render(scale=scale).to_pil().convert("RGB")
            data = picture.tobytes()
            image = QImage(data, picture.width, picture.height, picture.width * 3, QImage.Format.Format_RGB888)
            images.append(image.copy())  # copy: the QImage must not point into `data` once it is freed
            page.close()
        return images
    finally:
        document.close()


class DataBrowser(QTextBrowser):
    """A QTextBrowser that shows images given as data: URIs and loads nothing else."""

    def loadResource(self, kind: int, url: QUrl):
        if url.scheme() == "data" and kind == QTextDocument.ResourceType.ImageResource.value:
            header, _, payload = url.toString().partition(",")
            if header.endswith(";base64"):
                image = QImage()
                image.loadFromData(base64.b64decode(payload))
                return image
        return None


class PublicationPreview(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.pdf_bytes = b""
        self.html_bytes = b""
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Preview"))
        self.pdf_view = QWidget()
        self.pdf_layout = QVBoxLayout(self.pdf_view)
        self.pdf_pages = QScrollArea()
        self.pdf_pages.setWidgetResizable(True)
        self.pdf_pages.setAccessibleName(self.tr("The PDF, page by page"))
        self.pdf_text = QTextBrowser()
        self.pdf_text.setAccessibleName(self.tr("The text of each PDF page"))
        self.pdf_note = note()
        self.pdf_layout.addWidget(self.pdf_note)
        self.pdf_layout.addWidget(self.pdf_pages, 1)
        self.pdf_layout.addWidget(self.pdf_text, 1)
        self.pdf_text.hide()
        self.page_labels: list[QLabel] = []
        self.html_view = DataBrowser()
        self.html_view.setAccessibleName(self.tr("The web page"))
        self.html_view.setOpenLinks(False)
        self.tabs.addTab(self.pdf_view, self.tr("PDF"))
        self.tabs.addTab(self.html_view, self.tr("Web page (HTML)"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def show(self, rendered: RenderedPublication) -> None:
        self.pdf_bytes = rendered.pdf
        self.html_bytes = rendered.html
        self.html_view.setHtml(self.html_bytes.decode("utf-8"))
        try:
            images = pdf_page_images(self.pdf_bytes) if HAVE_PDFIUM else None
        except Exception:  # a PDF PDFium cannot read: still show what a reader would extract
            images = None
        if images is not None:
            self._show_pages(images)
            return
        self.pdf_pages.hide()
        self.pdf_text.show()
        pages = rendered.pdf_pages()
        self.pdf_note.setText(self.tr(
            "The PDF pages could not be drawn, so each page's text is shown as a reader's PDF "
            "program would read it. %1 page(s).").replace("%1", str(len(pages))))
        page_of = self.tr("Page %1 of %2")
        blocks = [f"<h3>{html.escape(page_of.replace('%1', str(n)).replace('%2', str(len(pages))))}</h3>"
                  f"<p>{html.escape(text).replace(chr(10), '<br>')}</p>" for n, text in enumerate(pages, 1)]
        self.pdf_text.setHtml("<hr>".join(blocks))

    def _show_pages(self, images: list[QImage]) -> None:
        self.pdf_text.hide()
        self.pdf_pages.show()
        holder = QWidget()
        holder.setObjectName("pdfPages")
        column = QVBoxLayout(holder)
        self.page_labels = []
        for number, image in enumerate(images, 1):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Page %1").replace("%1", str(number)))
            label.setFrameShape(QLabel.Shape.Box)
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        column.addStretch(1)
        self.pdf_pages.setWidget(holder)
        self.pdf_note.setText(self.tr("%1 page(s), drawn as they will print.").replace("%1", str(len(images))))

    def clear(self) -> None:
        self.pdf_bytes = self.html_bytes = b""
        self.html_view.clear()
        self.pdf_text.clear()
        self.pdf_note.clear()
        self.page_labels = []
        self.pdf_pages.setWidget(QWidget())
