"""The pane beside the gift list: the gift, whether its thank-you letter has gone (and which
one), where it has been kept from the first day to now, and its photos."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QImageReader, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from exchangedesk.db.session import Database
from exchangedesk.domain.enums import GiftDirection
from exchangedesk.domain.errors import ExchangeDeskError
from exchangedesk.services.common.attachments import AttachmentRow, read_attachment
from exchangedesk.services.gifts.records import (
    RegisterLetter,
    gift_photos,
    link_names,
    thank_you_letters,
)
from exchangedesk.services.gifts.register import GiftDetail, GiftHistory, get_gift, gift_history
from exchangedesk.ui.formatting import date_text, enum_text, money_text
from exchangedesk.ui.gifts.custody_timeline import CustodyTimeline
from exchangedesk.ui.gifts.lists import gift_date_text
from exchangedesk.ui.theme import icon, is_dark

THUMBNAIL = 96
PHOTO_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _section(title: str) -> QLabel:
    label = QLabel(title)
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 12, 0, 2)
    return label


def letter_text(letter: RegisterLetter) -> str:
    to = f" — {letter.recipient}" if letter.recipient else ""
    return f"{date_text(letter.issued_on)}: “{letter.title}”{to}"


class GiftDetailPane(QScrollArea):
    edit_requested = Signal()
    move_requested = Signal()
    delete_requested = Signal()
    link_requested = Signal()
    unlink_requested = Signal(int)  # the register entry
    add_photo_requested = Signal()
    open_photo = Signal(int)
    remove_photo = Signal(int)

    def __init__(self, database: Database, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._prompt = prompt
        self._read_only = False
        self.detail: GiftDetail | None = None
        self.history: GiftHistory | None = None
        self.letters: list[RegisterLetter] = []
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(12, 8, 12, 8)
        self.heading = QLabel(prompt)
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subheading = QLabel()
        self.subheading.setTextFormat(Qt.TextFormat.PlainText)
        self.subheading.setWordWrap(True)

        self.edit_button = QPushButton(icon("mdi6.pencil-outline"), self.tr("Edit…"))
        self.move_button = QPushButton(icon("mdi6.truck-outline"), self.tr("Move custody…"))
        self.delete_button = QPushButton(icon("mdi6.delete-outline"), self.tr("Delete…"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.move_button.clicked.connect(self.move_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.move_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.facts = QFormLayout()
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fact_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key, label in (
            ("date", self.tr("Date")),
            ("occasion", self.tr("Occasion")),
            ("delegation", self.tr("During the visit")),
            ("giver", self.tr("From")),
            ("receiver", self.tr("To")),
            ("category", self.tr("Category")),
            ("value", self.tr("Estimated value")),
            ("partnership", self.tr("Partnership")),
            ("description", self.tr("Description")),
        ):
            name, value = QLabel(label + ":"), QLabel()
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)  # names are data, never markup
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addRow(name, value)
            self.fact_labels[key] = (name, value)

        # The thank-you letter: the register entry, or a mark that it is still owed.
        self.thanks_heading = _section(self.tr("Thank-you letter"))
        self.thanks = QLabel()
        self.thanks.setWordWrap(True)
        self.thanks.setTextFormat(Qt.TextFormat.PlainText)
        self.thanks.setContentsMargins(8, 6, 8, 6)
        self.link_button = QPushButton(
            icon("mdi6.link-variant"), self.tr("Link a thank-you letter…")
        )
        self.unlink_button = QPushButton(icon("mdi6.link-variant-off"), self.tr("Unlink letter"))
        self.unlink_button.setToolTip(
            self.tr("The letter stays in the register; it no longer counts as this gift's thanks")
        )
        self.link_button.clicked.connect(self.link_requested)
        self.unlink_button.clicked.connect(self._unlink_first)
        thanks_buttons = QHBoxLayout()
        thanks_buttons.addWidget(self.link_button)
        thanks_buttons.addWidget(self.unlink_button)
        thanks_buttons.addStretch(1)

        self.timeline = CustodyTimeline()
        self.no_custody = QLabel(
            self.tr("No place recorded yet: “Move custody…” records where it is kept.")
        )
        self.no_custody.setWordWrap(True)

        self.photos = QListWidget()
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(QSize(THUMBNAIL, THUMBNAIL))
        self.photos.setResizeMode(QListView.ResizeMode.Adjust)
        self.photos.setMovement(QListView.Movement.Static)
        self.photos.setWordWrap(True)
        self.photos.setFixedHeight(THUMBNAIL + 48)
        self.photos.itemDoubleClicked.connect(lambda _item: self._emit_photo(self.open_photo))
        self.photos.itemSelectionChanged.connect(self._photo_buttons)
        self.no_photos = QLabel(self.tr("No photos yet."))
        self.add_photo_button = QPushButton(icon("mdi6.camera-plus-outline"), self.tr("Add photo…"))
        self.open_photo_button = QPushButton(icon("mdi6.open-in-app"), self.tr("Open"))
        self.remove_photo_button = QPushButton(icon("mdi6.delete-outline"), self.tr("Remove"))
        self.add_photo_button.clicked.connect(self.add_photo_requested)
        self.open_photo_button.clicked.connect(lambda: self._emit_photo(self.open_photo))
        self.remove_photo_button.clicked.connect(lambda: self._emit_photo(self.remove_photo))
        photo_buttons = QHBoxLayout()
        for button in (self.add_photo_button, self.open_photo_button, self.remove_photo_button):
            photo_buttons.addWidget(button)
        photo_buttons.addStretch(1)

        self.content = QWidget()
        content = QVBoxLayout(self.content)
        content.setContentsMargins(0, 0, 0, 0)
        content.addWidget(self.subheading)
        content.addLayout(buttons)
        content.addLayout(self.facts)
        content.addWidget(self.thanks_heading)
        content.addWidget(self.thanks)
        content.addLayout(thanks_buttons)
        content.addWidget(_section(self.tr("Where it is kept")))
        content.addWidget(self.timeline)
        content.addWidget(self.no_custody)
        content.addWidget(_section(self.tr("Photos")))
        content.addWidget(self.photos)
        content.addWidget(self.no_photos)
        content.addLayout(photo_buttons)
        layout.addWidget(self.heading)
        layout.addWidget(self.content)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_row(None)

    # --- showing -------------------------------------------------------------------------

    def show_row(self, row: object | None) -> None:
        self.show_gift(getattr(row, "id", None))

    def show_gift(self, gift_id: int | None) -> None:
        self.detail = self.history = None
        if gift_id is not None:
            try:
                self.detail = get_gift(self._database, gift_id)
                self.history = gift_history(self._database, gift_id)
                self.letters = thank_you_letters(self._database, gift_id)
                photos = gift_photos(self._database, gift_id)
            except ExchangeDeskError:
                self.detail = None  # deleted meanwhile (an undo, another user)
        if self.detail is None:
            self.heading.setText(self._prompt)
            self.content.hide()
            return
        self.heading.setText(self.detail.fields.title)
        self._show_facts(self.detail)
        self._show_thanks(self.detail)
        assert self.history is not None
        self.timeline.set_moves(self.history.moves)
        self.no_custody.setVisible(not self.history.moves)
        self._show_photos(photos)
        self.content.show()
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        # Wrapped text needs more height the narrower the pane; the scroll area only learns
        # how much from the layout's height for the pane's width, so tell it.
        body = self.widget()
        if body is not None and body.layout() is not None:
            width = self.viewport().width()
            body.setMinimumHeight(body.layout().totalHeightForWidth(width))

    def refresh(self) -> None:
        self.show_gift(self.detail.id if self.detail is not None else None)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for button in (
            self.edit_button,
            self.move_button,
            self.delete_button,
            self.add_photo_button,
            self.remove_photo_button,
            self.link_button,
            self.unlink_button,
        ):
            button.setVisible(not read_only)
        if self.detail is not None:
            self.refresh()

    def _show_facts(self, d: GiftDetail) -> None:
        f = d.fields
        names = link_names(self._database, f)
        parts = [enum_text(f.direction), gift_date_text(f.given_on), f.category or ""]
        self.subheading.setText(" · ".join(p for p in parts if p))
        values = {
            "date": gift_date_text(f.given_on) or self.tr("not recorded"),
            "occasion": f.occasion or "",
            "delegation": names.get("delegation_id") or "",
            "giver": d.giver or "",
            "receiver": d.receiver or "",
            "category": f.category or "",
            "value": money_text(d.estimated_value.amount, d.estimated_value.currency)
            if d.estimated_value
            else "",
            "partnership": names.get("partnership_id") or "",
            "description": f.description or "",
        }
        for key, (name, value) in self.fact_labels.items():
            value.setText(values[key])
            name.setVisible(bool(values[key]))
            value.setVisible(bool(values[key]))

    def _show_thanks(self, d: GiftDetail) -> None:
        received = d.fields.direction is GiftDirection.RECEIVED
        owed = received and not self.letters
        shown = received or bool(self.letters)  # nobody thanks us for a gift we gave
        self.thanks_heading.setVisible(shown)
        self.thanks.setVisible(shown)
        if owed:
            self.thanks.setText(self.tr("Not thanked yet — no thank-you letter in the register."))
            background = "#4a3b10" if is_dark() else "#fff0c2"
            self.thanks.setStyleSheet(f"background: {background}; border-radius: 4px;")
        else:
            self.thanks.setText("\n".join(letter_text(x) for x in self.letters))
            self.thanks.setStyleSheet("")
        self.link_button.setVisible(owed and not self._read_only)
        self.unlink_button.setVisible(bool(self.letters) and not self._read_only)

    @property
    def owes_thanks(self) -> bool:
        return self.thanks.isVisible() and not self.letters

    def _unlink_first(self) -> None:
        if self.letters:
            self.unlink_requested.emit(self.letters[0].id)

    # --- photos --------------------------------------------------------------------------

    def _show_photos(self, photos: list[AttachmentRow]) -> None:
        self.photos.clear()
        for photo in photos:
            item = QListWidgetItem(self._thumbnail(photo), photo.shown_name)
            item.setData(PHOTO_ID_ROLE, photo.id)
            item.setToolTip(photo.original_name)
            self.photos.addItem(item)
        self.photos.setVisible(bool(photos))
        self.no_photos.setVisible(not photos)
        self._photo_buttons()

    def _thumbnail(self, photo: AttachmentRow) -> QIcon:
        # A handful of photos per gift, each read whole (its SHA-256 is checked) but decoded
        # straight to thumbnail size, which the JPEG reader does far faster than full size.
        if (photo.media_type or "").startswith("image/"):
            try:
                buffer = QBuffer()
                buffer.setData(QByteArray(read_attachment(self._database, photo.id)))
                buffer.open(QIODevice.OpenModeFlag.ReadOnly)
                reader = QImageReader(buffer)
                reader.setAutoTransform(True)  # the camera's orientation
                size = reader.size()
                if size.isValid():
                    box = QSize(THUMBNAIL, THUMBNAIL)
                    reader.setScaledSize(size.scaled(box, Qt.AspectRatioMode.KeepAspectRatio))
                image = reader.read()
                if not image.isNull():
                    return QIcon(QPixmap.fromImage(image))
            except (ExchangeDeskError, OSError):
                return icon("mdi6.image-broken-variant")
        return icon("mdi6.image-outline")

    def selected_photo(self) -> int | None:
        items = self.photos.selectedItems()
        return items[0].data(PHOTO_ID_ROLE) if items else None

    def _emit_photo(self, signal: Signal) -> None:
        chosen = self.selected_photo()
        if chosen is not None:
            signal.emit(chosen)

    def _photo_buttons(self) -> None:
        chosen = self.selected_photo() is not None
        some = self.photos.count() > 0
        self.open_photo_button.setVisible(some)
        self.remove_photo_button.setVisible(some and not self._read_only)
        self.open_photo_button.setEnabled(chosen)
        self.remove_photo_button.setEnabled(chosen)

    def refresh_icons(self) -> None:
        for button, name in (
            (self.edit_button, "mdi6.pencil-outline"),
            (self.move_button, "mdi6.truck-outline"),
            (self.delete_button, "mdi6.delete-outline"),
            (self.link_button, "mdi6.link-variant"),
            (self.unlink_button, "mdi6.link-variant-off"),
            (self.add_photo_button, "mdi6.camera-plus-outline"),
            (self.open_photo_button, "mdi6.open-in-app"),
            (self.remove_photo_button, "mdi6.delete-outline"),
        ):
            button.setIcon(icon(name))
        self.refresh()
