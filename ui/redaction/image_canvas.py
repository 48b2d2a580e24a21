"""The image half of the redaction desk: the original photo with its metadata warnings, boxes
and freehand shapes drawn over it, moved and deleted, zoom, a preview of the derived image,
and "create redacted image" (the core fills the regions opaquely and strips all metadata).

Coordinates are the upright image's pixels, as the core expects: the photo is decoded with
its EXIF orientation applied, so what the editor covers is what gets covered.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QImage,
    QImageReader,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsPolygonItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from haart_archive.archive import Archive
from haart_archive.types.media import Polygon, Rect
from ui.errors import show_error
from ui.widgets import note

FILL = QColor(0, 0, 0)  # the core's default fill: opaque black
SHAPE_PEN = QColor("#ffbf47")
MIN_SIDE = 3.0  # a drag shorter than this is a click, not a box


def decode_upright(data: bytes) -> QImage:
    """The image with its orientation applied, decoded in memory."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    return reader.read()


SUGGESTION_PEN = QColor("#35c0ff")


class SuggestedBox(QGraphicsRectItem):
    """A region a detector suggests (a face, a line of text): dashed, not filled, and not a
    region until the editor accepts it (double-click it, or "Accept all suggestions")."""

    def __init__(self, rect: QRectF, kind: str, words: str = ""):
        super().__init__(rect)
        self.kind = kind
        self.words = words
        pen = QPen(SUGGESTION_PEN)
        pen.setWidthF(2)
        pen.setCosmetic(True)
        pen.setStyle(Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setToolTip(words or kind)


class ImageCanvas(QGraphicsView):
    """The photo and the regions drawn over it. Modes: "box", "freehand", "move"."""

    regions_changed = Signal()
    mode_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setAccessibleName(self.tr("Photo to redact: draw boxes or shapes over what must be hidden"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setBackgroundBrush(QBrush(QColor("#3b3b3b")))
        self.image_item: QGraphicsPixmapItem | None = None
        self.mode = "box"
        self._start: QPointF | None = None
        self._drawing: QGraphicsRectItem | QGraphicsPathItem | None = None
        self._points: list[QPointF] = []
        self.scale_factor = 1.0
        self.fitted = True

    # -- the photo --------------------------------------------------------------------------
    def set_image(self, image: QImage | None) -> None:
        self.scene().clear()
        self.image_item = None
        self._drawing = None
        if image is not None and not image.isNull():
            self.image_item = self.scene().addPixmap(QPixmap.fromImage(image))
            self.image_item.setZValue(-1)
            self.scene().setSceneRect(QRectF(image.rect()))
            self.fit()
        self.regions_changed.emit()

    def image_rect(self) -> QRectF:
        return self.image_item.boundingRect() if self.image_item is not None else QRectF()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        movable = mode == "move"
        for item in self.shapes():
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, movable)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag if movable else QGraphicsView.DragMode.NoDrag)
        self.viewport().setCursor(Qt.CursorShape.ArrowCursor if movable else Qt.CursorShape.CrossCursor)

    # -- zoom -------------------------------------------------------------------------------
    def zoom(self, factor: float) -> None:
        self.fitted = False
        self.scale_factor = max(0.05, min(self.scale_factor * factor, 20.0))
        self.setTransform(self.transform().fromScale(self.scale_factor, self.scale_factor))

    def fit(self) -> None:
        if self.image_item is None:
            return
        self.fitInView(self.image_item, Qt.AspectRatioMode.KeepAspectRatio)
        self.scale_factor = self.transform().m11()
        self.fitted = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.fitted:  # follow the window until the editor zooms by hand
            self.fit()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.25 if event.angleDelta().y() > 0 else 0.8)
            return
        super().wheelEvent(event)

    # -- shapes -----------------------------------------------------------------------------
    def shapes(self) -> list[QGraphicsItem]:
        return [item for item in self.scene().items()
                if isinstance(item, QGraphicsRectItem | QGraphicsPolygonItem) and item is not self._drawing
                and not isinstance(item, SuggestedBox)]

    # -- suggestions ------------------------------------------------------------------------
    def suggestions(self) -> list[SuggestedBox]:
        return [item for item in self.scene().items() if isinstance(item, SuggestedBox)]

    def show_suggestions(self, boxes) -> None:
        """Draw the detectors' boxes (types.media.SuggestedBox) as dashed suggestions."""
        for item in self.suggestions():
            self.scene().removeItem(item)
        for box in boxes:
            rect = QRectF(box.rect.x, box.rect.y, box.rect.w, box.rect.h).intersected(self.image_rect())
            self.scene().addItem(SuggestedBox(rect, box.kind, box.text))
        self.regions_changed.emit()

    def accept_suggestion(self, item: SuggestedBox) -> None:
        self.scene().removeItem(item)
        self.add_box(item.rect())

    def accept_all_suggestions(self) -> int:
        items = self.suggestions()
        for item in items:
            self.accept_suggestion(item)
        return len(items)

    def mouseDoubleClickEvent(self, event) -> None:
        item = next((i for i in self.items(event.position().toPoint()) if isinstance(i, SuggestedBox)), None)
        if item is not None:
            self.accept_suggestion(item)
            return
        super().mouseDoubleClickEvent(event)

    def _style(self, item: QGraphicsRectItem | QGraphicsPolygonItem | QGraphicsPathItem) -> None:
        pen = QPen(SHAPE_PEN)
        pen.setWidthF(2)
        pen.setCosmetic(True)
        item.setPen(pen)
        fill = QColor(FILL)
        fill.setAlpha(170)  # see-through while drawing; the derived image is filled opaquely
        item.setBrush(QBrush(fill))

    def _finish(self, item: QGraphicsItem) -> None:
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, self.mode == "move")
        self.regions_changed.emit()

    def add_box(self, rect: QRectF) -> QGraphicsRectItem:
        item = QGraphicsRectItem(rect.normalized().intersected(self.image_rect()))
        self._style(item)
        self.scene().addItem(item)
        self._finish(item)
        return item

    def add_shape(self, points: list[QPointF]) -> QGraphicsPolygonItem:
        item = QGraphicsPolygonItem(QPolygonF(points))
        self._style(item)
        self.scene().addItem(item)
        self._finish(item)
        return item

    def delete_selected(self) -> int:
        selected = [item for item in self.scene().selectedItems() if item is not self.image_item]
        for item in selected:
            self.scene().removeItem(item)
        if selected:
            self.regions_changed.emit()
        return len(selected)

    def clear_shapes(self) -> None:
        for item in self.shapes():
            self.scene().removeItem(item)
        self.regions_changed.emit()

    def regions(self) -> list[Rect | Polygon]:
        """The drawn regions in image pixels, clipped to the photo."""
        bounds = self.image_rect()
        out: list[Rect | Polygon] = []
        for item in self.shapes():
            if isinstance(item, QGraphicsRectItem):
                rect = item.mapRectToScene(item.rect()).intersected(bounds)
                if rect.width() > 0 and rect.height() > 0:
                    out.append(Rect(rect.x(), rect.y(), rect.width(), rect.height()))
            else:
                polygon = item.mapToScene(item.polygon())
                points = tuple((min(max(p.x(), 0.0), bounds.width()), min(max(p.y(), 0.0), bounds.height()))
                               for p in polygon)
                if len(points) >= 3:
                    out.append(Polygon(points))
        return out

    # -- keys -----------------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        key, control = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        modes = {Qt.Key.Key_B: "box", Qt.Key.Key_F: "freehand", Qt.Key.Key_M: "move"}
        if not control and key in modes:
            self.mode_requested.emit(modes[key])
        elif not control and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
        elif control and key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.25)
        elif control and key == Qt.Key.Key_Minus:
            self.zoom(0.8)
        elif control and key == Qt.Key.Key_0:
            self.fit()
        else:
            super().keyPressEvent(event)

    # -- mouse ------------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        if self.mode == "move" or self.image_item is None or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self._start = self._clamped(self.mapToScene(event.position().toPoint()))
        if self.mode == "box":
            self._drawing = QGraphicsRectItem(QRectF(self._start, self._start))
        else:
            self._points = [self._start]
            self._drawing = QGraphicsPathItem(QPainterPath(self._start))
        self._style(self._drawing)
        self.scene().addItem(self._drawing)

    def mouseMoveEvent(self, event) -> None:
        if self._drawing is None:
            super().mouseMoveEvent(event)
            return
        point = self._clamped(self.mapToScene(event.position().toPoint()))
        if isinstance(self._drawing, QGraphicsRectItem):
            self._drawing.setRect(QRectF(self._start, point).normalized())
        else:
            self._points.append(point)
            path = self._drawing.path()
            path.lineTo(point)
            self._drawing.setPath(path)

    def mouseReleaseEvent(self, event) -> None:
        if self._drawing is None:
            super().mouseReleaseEvent(event)
            if self.mode == "move":
                self.regions_changed.emit()
            return
        point = self._clamped(self.mapToScene(event.position().toPoint()))
        drawing, self._drawing = self._drawing, None
        self.scene().removeItem(drawing)
        if isinstance(drawing, QGraphicsRectItem):
            rect = QRectF(self._start, point).normalized()
            if rect.width() >= MIN_SIDE and rect.height() >= MIN_SIDE:
                self.add_box(rect)
        else:
            self._points.append(point)
            xs, ys = [p.x() for p in self._points], [p.y() for p in self._points]
            if len(self._points) >= 3 and max(xs) - min(xs) >= MIN_SIDE and max(ys) - min(ys) >= MIN_SIDE:
                self.add_shape(self._points)
        self._points = []

    def _clamped(self, point: QPointF) -> QPointF:
        bounds = self.image_rect()
        return QPointF(min(max(point.x(), bounds.left()), bounds.right()),
                       min(max(point.y(), bounds.top()), bounds.bottom()))


def painted_preview(image: QImage, regions: list[Rect | Polygon]) -> QImage:
    """What the derived image will look like: the regions filled opaquely (drawn here for the
    editor; the stored image is made by the core from the pixels)."""
    out = image.convertToFormat(QImage.Format.Format_RGB32)
    painter = QPainter(out)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(FILL)
    for region in regions:
        if isinstance(region, Rect):
            painter.drawRect(QRectF(region.x, region.y, region.w, region.h))
        else:
            painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in region.points]))
    painter.end()
    return out


class ImagePane(QWidget):
    """Photos of one testimony, the canvas, metadata warnings and the derived image."""

    made = Signal(str)  # id of a new redacted image

    def __init__(self, archive: Archive, parent: QWidget | None = None, *, runner=None):
        super().__init__(parent)
        self.archive = archive
        self.runner = runner
        self.testimony_id: str | None = None
        self.media_id: str | None = None
        self.derived_id: str | None = None
        self.image: QImage | None = None
        self.photos = QStandardItemModel(self)
        self.photo_list = QListView()
        self.photo_list.setModel(self.photos)
        self.photo_list.setAccessibleName(self.tr("Photos of this testimony"))
        self.photo_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.photo_list.selectionModel().currentChanged.connect(lambda current, _old: self._photo_chosen(current.row()))
        self.facts = QStandardItemModel(self)
        self.fact_list = QListView()
        self.fact_list.setModel(self.facts)
        self.fact_list.setAccessibleName(self.tr("What the original file reveals about itself"))
        self.fact_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fact_list.setWordWrap(True)
        self.canvas = ImageCanvas()
        self.canvas.regions_changed.connect(lambda: self.preview_timer.start())
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(80)
        self.preview_timer.timeout.connect(self.update_preview)
        self.preview_label = QLabel()
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setMinimumSize(160, 120)
        self.preview_label.setAccessibleName(self.tr("Preview of the redacted image"))
        self.preview_caption = note()
        self.create_button = QPushButton(self.tr("Create redacted image"))
        self.create_button.setAccessibleName(self.tr("Create the redacted image from the drawn regions"))
        self.create_button.clicked.connect(self.create_redacted)
        self.approve_button = QPushButton(self.tr("Approve this image"))
        self.approve_button.clicked.connect(self.approve_image)
        self.approve_button.setEnabled(False)
        self.no_face_box = QCheckBox(self.tr("No face or identifying feature is visible"))
        self.no_face_box.setToolTip(self.tr("Required for a child's image: you confirm it with your approval."))
        self.no_face_box.setEnabled(False)
        self.suggest_button = QPushButton(self.tr("Find faces and text"))
        self.suggest_button.setAccessibleName(self.tr("Suggest boxes over faces and lines of text"))
        self.suggest_button.clicked.connect(self.find_suggestions)
        self.accept_button = QPushButton(self.tr("Accept all suggestions"))
        self.accept_button.clicked.connect(self.accept_suggestions)
        self.suggest_note = note()
        self.result = note()
        self._build()

    def _build(self) -> None:
        tools = QHBoxLayout()
        self._tool_rows = [tools]
        self.tool_group = QButtonGroup(self)
        self.tool_buttons: dict[str, QToolButton] = {}
        for mode, words in (("box", self.tr("Box (B)")), ("freehand", self.tr("Freehand (F)")),
                            ("move", self.tr("Move and select (M)"))):
            button = QToolButton()
            button.setText(words)
            button.setCheckable(True)
            button.clicked.connect(lambda _c=False, m=mode: self.set_mode(m))
            self.tool_group.addButton(button)
            self.tool_buttons[mode] = button
            tools.addWidget(button)
        self.tool_buttons["box"].setChecked(True)
        actions = QHBoxLayout()
        delete = QToolButton()
        delete.setText(self.tr("Delete selected (Del)"))
        delete.clicked.connect(self.canvas.delete_selected)
        tools.addStretch(1)
        tools = QHBoxLayout()
        self._tool_rows.append(tools)
        tools.addWidget(delete)
        remove_all = QToolButton()
        remove_all.setText(self.tr("Remove all shapes"))
        remove_all.clicked.connect(self.canvas.clear_shapes)
        tools.addWidget(remove_all)
        for words, action in ((self.tr("Zoom in (Ctrl++)"), lambda: self.canvas.zoom(1.25)),
                              (self.tr("Zoom out (Ctrl+-)"), lambda: self.canvas.zoom(0.8)),
                              (self.tr("Fit (Ctrl+0)"), self.canvas.fit)):
            button = QToolButton()
            button.setText(words)
            button.clicked.connect(action)
            actions.addWidget(button)
        tools.addStretch(1)
        actions.addStretch(1)
        suggestions = QHBoxLayout()
        suggestions.addWidget(self.suggest_button)
        suggestions.addWidget(self.accept_button)
        suggestions.addWidget(self.suggest_note, 1)
        self._tool_rows.append(suggestions)
        self.tool_widgets = [*self.tool_buttons.values(), delete, remove_all, self.suggest_button,
                             self.accept_button]
        for index in range(actions.count()):
            widget = actions.itemAt(index).widget()
            if widget is not None:
                self.tool_widgets.append(widget)
        self.canvas.mode_requested.connect(self.set_mode)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(note(self.tr("Photos:")))
        left.addWidget(self.photo_list, 1)
        left.addWidget(note(self.tr("Metadata warnings (the redacted image keeps none of this):")))
        left.addWidget(self.fact_list, 1)
        left_widget = QWidget()
        left_widget.setLayout(left)
        middle = QVBoxLayout()
        middle.setContentsMargins(0, 0, 0, 0)
        for row in self._tool_rows:
            middle.addLayout(row)
        middle.addLayout(actions)
        middle.addWidget(self.canvas, 1)
        middle_widget = QWidget()
        middle_widget.setLayout(middle)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(note(self.tr("Preview of the redacted image:")))
        right.addWidget(self.preview_label, 1)
        right.addWidget(self.preview_caption)
        right.addWidget(self.create_button)
        right.addWidget(self.result)
        right.addWidget(self.no_face_box)
        right.addWidget(self.approve_button)
        right_widget = QWidget()
        right_widget.setLayout(right)
        split = QSplitter(Qt.Orientation.Horizontal)
        for widget in (left_widget, middle_widget, right_widget):
            split.addWidget(widget)
        split.setStretchFactor(1, 3)
        split.setSizes([200, 560, 240])
        self.fact_list.setMinimumWidth(120)
        self.photo_list.setMinimumWidth(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)

    def set_mode(self, mode: str) -> None:
        self.canvas.set_mode(mode)
        self.tool_buttons[mode].setChecked(True)

    # -- loading ----------------------------------------------------------------------------
    def load(self, testimony_id: str | None) -> None:
        self.testimony_id = testimony_id
        self.photos.clear()
        self.facts.clear()
        self.canvas.set_image(None)
        self.image = None
        self.media_id = self.derived_id = None
        self.preview_label.clear()
        self.preview_caption.clear()
        self.result.clear()
        self.approve_button.setEnabled(False)
        self.create_button.setEnabled(False)
        self.no_face_box.setChecked(False)
        self.no_face_box.setEnabled(False)
        self.suggest_note.clear()
        self._tools_enabled(False)
        if testimony_id is None:
            return
        try:
            media = [m for m in self.archive.media.list(testimony_id) if m.kind == "image" and m.derived_from is None]
        except Exception as error:
            show_error(self, error)
            return
        for info in media:
            item = QStandardItem(self.tr("%1 (%2 × %3)").replace("%1", info.file_name or info.format)
                                 .replace("%2", str(info.width)).replace("%3", str(info.height)))
            item.setData(info.id, Qt.ItemDataRole.UserRole)
            self.photos.appendRow(item)
        if not media:
            self.result.setText(self.tr("This testimony has no photos or scans to redact. Add them in the "
                                        "testimony's Attachments tab; they appear here to be redacted."))
            return
        self.photo_list.setCurrentIndex(self.photos.index(0, 0))

    def _photo_chosen(self, row: int) -> None:
        if row < 0:
            return
        media_id = self.photos.item(row).data(Qt.ItemDataRole.UserRole)
        if media_id == self.media_id:
            return
        try:
            data = self.archive.media.read(media_id)
            facts = self.archive.media.facts(media_id)
        except Exception as error:
            show_error(self, error)
            return
        self.media_id, self.derived_id = media_id, None
        self.image = decode_upright(data)
        del data
        self.canvas.set_image(self.image)
        self.facts.clear()
        risk_words = {"high": self.tr("high risk"), "medium": self.tr("medium risk"), "low": self.tr("low risk")}
        for fact in facts:
            item = QStandardItem(f"⚠ {fact.label}: {fact.value} ({risk_words.get(fact.risk.value, fact.risk.value)})")
            item.setForeground(QBrush(QColor("#8a1c1c" if fact.risk.value == "high" else "#1b1b1b")))
            self.facts.appendRow(item)
        if not facts:
            self.facts.appendRow(QStandardItem(self.tr("No metadata found in the file.")))
        self.create_button.setEnabled(True)
        self.approve_button.setEnabled(False)
        self.result.clear()
        self.suggest_note.clear()
        self._tools_enabled(True)
        self.update_preview()

    def _tools_enabled(self, enabled: bool) -> None:
        for widget in self.tool_widgets:
            widget.setEnabled(enabled)
        self.accept_button.setEnabled(enabled and bool(self.canvas.suggestions()))

    def find_suggestions(self) -> None:
        """Ask the face and text detectors for boxes (on a worker: the models take a moment)."""
        if self.media_id is None:
            return
        media_id = self.media_id
        self.suggest_button.setEnabled(False)
        self.suggest_note.setText(self.tr("Looking for faces and text…"))
        runner = self.runner

        def done(boxes, error) -> None:
            self.suggest_button.setEnabled(self.media_id is not None)
            if self.media_id != media_id:
                return  # another photo was chosen meanwhile
            if error is not None:
                self.suggest_note.clear()
                show_error(self, error)
                return
            self.canvas.show_suggestions(boxes)
            faces = sum(1 for b in boxes if b.kind == "face")
            self.suggest_note.setText(self.tr("%1 face(s) and %2 line(s) of text suggested (dashed): double-click "
                                              "one to cover it, or accept all. Detectors can miss a face.")
                                      .replace("%1", str(faces)).replace("%2", str(len(boxes) - faces)))
            self.accept_button.setEnabled(bool(boxes))

        if runner is None:
            try:
                boxes = self.archive.media.suggested_boxes(media_id)
            except Exception as error:
                done(None, error)
                return
            done(boxes, None)
            return
        runner.in_background(lambda: self.archive.media.suggested_boxes(media_id), done)

    def accept_suggestions(self) -> None:
        self.canvas.accept_all_suggestions()
        self.accept_button.setEnabled(False)

    # -- preview and the derived image --------------------------------------------------------
    def update_preview(self) -> None:
        self.preview_timer.stop()
        if self.image is None or self.image.isNull():
            self.preview_label.clear()
            return
        regions = self.canvas.regions()
        preview = painted_preview(self.image, regions)
        self._show(preview)
        self.preview_caption.setText(self.tr(
            "%1 region(s) will be filled with solid black. Nothing else of the file is kept.")
                                     .replace("%1", str(len(regions))))

    def _show(self, image: QImage) -> None:
        size = self.preview_label.size()
        self.preview_label.setPixmap(QPixmap.fromImage(image).scaled(
            max(size.width(), 200), max(size.height(), 150), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))

    def create_redacted(self) -> str | None:
        if self.media_id is None:
            return None
        regions = self.canvas.regions()
        if not regions:
            self.result.setText(self.tr("Draw at least one box or shape over what must be hidden first."))
            return None
        try:
            derived = self.archive.media.redact(self.media_id, regions)
            stored = decode_upright(self.archive.media.read(derived))
        except Exception as error:
            show_error(self, error)
            return None
        self.derived_id = derived
        self._show(stored)
        self.preview_caption.setText(
            self.tr("This is the stored redacted image, made from new pixels without metadata."))
        self.result.setText(self.tr("Redacted image created (a draft). Approve it before it can be published."))
        self.approve_button.setEnabled(True)
        self.no_face_box.setEnabled(True)
        self.made.emit(derived)
        return derived

    def approve_image(self) -> None:
        if self.derived_id is None:
            return
        try:
            self.archive.media.approve(self.derived_id, no_face_confirmed=self.no_face_box.isChecked())
        except Exception as error:
            show_error(self, error)
            return
        self.result.setText(self.tr("Approved: the redacted image may now be used under the survivor's consent."))
        self.approve_button.setEnabled(False)
        self.no_face_box.setEnabled(False)

    def clear(self) -> None:
        self.load(None)
