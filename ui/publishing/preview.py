"""The preview of a publication's PDF and HTML, made in memory and never written to disk.

The core renders it (`archive.publishing.preview`) from the very items the gates accept and
with the same functions a release uses, so what is shown is what leaves.
The PDF is drawn page by page with QtPdf when this Qt has it; otherwise each page's text is
shown as a reader's PDF program would extract it (the core's own read-back).
"""

from __future__ import annotations

import base64
import html

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from haart_archive.types.publishing import RenderedPublication
from ui.widgets import note

try:  # QtPdf ships with PySide6-Addons, which not every installation has
    from PySide6.QtCore import QBuffer, QSize
    from PySide6.QtPdf import QPdfDocument

    HAVE_QTPDF = True
except ImportError:  # pragma: no cover - depends on the installation
    HAVE_QTPDF = False


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
        self.pdf_layout.addWidget(self.pdf_pages if HAVE_QTPDF else self.pdf_text, 1)
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
        if HAVE_QTPDF:
            self._draw_pdf_pages()
        else:
            pages = rendered.pdf_pages()
            self.pdf_note.setText(self.tr(
                "This installation cannot draw PDF pages, so each page's text is shown as a reader's PDF "
                "program would read it. %1 page(s).").replace("%1", str(len(pages))))
            page_of = self.tr("Page %1 of %2")
            blocks = [f"<h3>{html.escape(page_of.replace('%1', str(n)).replace('%2', str(len(pages))))}</h3>"
                      f"<p>{html.escape(text).replace(chr(10), '<br>')}</p>" for n, text in enumerate(pages, 1)]
            self.pdf_text.setHtml("<hr>".join(blocks))

    def _draw_pdf_pages(self) -> None:  # pragma: no cover - needs QtPdf
        document = QPdfDocument(self)
        buffer = QBuffer(self)
        buffer.setData(QByteArray(self.pdf_bytes))
        buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        document.load(buffer)
        holder = QWidget()
        column = QVBoxLayout(holder)
        for page in range(document.pageCount()):
            size = document.pagePointSize(page)
            image = document.render(page, QSize(int(size.width() * 1.3), int(size.height() * 1.3)))
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAccessibleName(self.tr("Page %1").replace("%1", str(page + 1)))
            column.addWidget(label)
        self.pdf_pages.setWidget(holder)
        self.pdf_note.setText(self.tr("%1 page(s).").replace("%1", str(document.pageCount())))
        document.close()
        buffer.close()

    def clear(self) -> None:
        self.pdf_bytes = self.html_bytes = b""
        self.html_view.clear()
        self.pdf_text.clear()
        self.pdf_note.clear()
        if HAVE_QTPDF:
            self.pdf_pages.setWidget(QWidget())
