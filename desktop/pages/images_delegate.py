"""How one cell of the Images grid is drawn: the thumbnail (or a quiet tile until it is decoded), the
file name, a badge per quality flag, a dimmed picture for excluded images and a mark for cropped ones."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from dataprep.image_quality import BLURRY, DUPLICATE, EXTREME_ASPECT, NEAR_DUPLICATE, SMALL, WRONG_EXTENSION
from desktop.pages.images_grid_model import EXCLUDED, MASKED, BadgesRole, CroppedRole, FailedRole, Index
from desktop.pages.images_records import UNREADABLE

# flag → (badge text, colour); also the filter chips' texts and colours. The text is translated where it
# is shown (badge_text), with the context of the flags' full names (images_grid_model.FLAG_NAMES).
BADGES = {
    BLURRY: (QT_TRANSLATE_NOOP("ImageFlags", "blurry"), "#2874a6"),
    SMALL: (QT_TRANSLATE_NOOP("ImageFlags", "small"), "#7d3c98"),
    DUPLICATE: (QT_TRANSLATE_NOOP("ImageFlags", "duplicate"), "#c0392b"),
    NEAR_DUPLICATE: (QT_TRANSLATE_NOOP("ImageFlags", "near-dup"), "#ca6f1e"),
    EXTREME_ASPECT: (QT_TRANSLATE_NOOP("ImageFlags", "aspect"), "#138d75"),
    WRONG_EXTENSION: (QT_TRANSLATE_NOOP("ImageFlags", "wrong ext"), "#6e6e6e"),
    UNREADABLE: (QT_TRANSLATE_NOOP("ImageFlags", "unreadable"), "#922b21"),
    EXCLUDED: (QT_TRANSLATE_NOOP("ImageFlags", "excluded"), "#4d4d4d"),
    MASKED: (QT_TRANSLATE_NOOP("ImageFlags", "mask"), "#1e8449"),
}
TEXT_HEIGHT = 22
PAD = 6


def badge_text(flag: str) -> str:
    """The flag's badge word in the interface language."""
    return QCoreApplication.translate("ImageFlags", BADGES[flag][0])


def badge_font(base: QFont) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(6.5, base.pointSizeF() * 0.78))
    font.setBold(True)
    return font


def draw_badge(painter: QPainter, left: float, top: float, text: str, color: str, font: QFont) -> float:
    """A rounded pill at (left, top); returns its width."""
    fm = QFontMetrics(font)
    rect = QRectF(left, top, fm.horizontalAdvance(text) + 10, fm.height() + 2)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
    painter.setPen(QColor("#ffffff"))
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    return rect.width()


def fitted(size: QSize, box: QRect) -> QRect:
    """*size* scaled to fit *box*, centered horizontally and resting on its bottom edge."""
    scaled = size.scaled(box.size(), Qt.AspectRatioMode.KeepAspectRatio)
    left = box.left() + (box.width() - scaled.width()) // 2
    return QRect(left, box.bottom() + 1 - scaled.height(), scaled.width(), scaled.height())


class ImageCellDelegate(QStyledItemDelegate):
    """Cells of icon_size × icon_size pictures with the name under them."""

    def __init__(self, parent: object = None, icon_size: int = 160) -> None:
        super().__init__(parent)
        self.icon_size = icon_size
        self.cell_width = 0  # set by the view to share out its width; 0: the narrowest cell
        self._badge_texts = {flag: badge_text(flag) for flag in BADGES}  # translated once, not per paint
        self._unreadable = self.tr("cannot read")

    def min_cell_width(self) -> int:
        return self.icon_size + 2 * PAD + 8

    def cell_size(self) -> QSize:
        return QSize(max(self.cell_width, self.min_cell_width()), self.icon_size + 2 * PAD + TEXT_HEIGHT)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return self.cell_size()

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        palette = option.palette
        cell = QRect(option.rect)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            fill = QColor(palette.color(QPalette.ColorRole.Highlight))
            fill.setAlpha(60)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(fill)
            painter.drawRoundedRect(QRectF(cell).adjusted(1, 1, -1, -1), 8, 8)
        elif option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(cell).adjusted(1, 1, -1, -1), 8, 8)

        box = QRect(cell.left() + (cell.width() - self.icon_size) // 2, cell.top() + PAD, self.icon_size,
                    self.icon_size)
        badges = index.data(BadgesRole) or ()
        pixmap = index.data(Qt.ItemDataRole.DecorationRole)
        if isinstance(pixmap, QPixmap) and not pixmap.isNull():
            picture = fitted(pixmap.size(), box)
            painter.setOpacity(0.35 if EXCLUDED in badges else 1.0)
            painter.drawPixmap(picture, pixmap)
            painter.setOpacity(1.0)
        else:
            picture = fitted(QSize(3, 4), box)
            self._tile(painter, picture, palette, self._unreadable if index.data(FailedRole) else "")
        if index.data(CroppedRole):
            self._crop_mark(painter, picture)
        self._badges(painter, picture, badges, option.font)

        text_rect = QRect(cell.left() + 4, box.bottom() + 3, cell.width() - 8, TEXT_HEIGHT - 4)
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(option.font).elidedText(name, Qt.TextElideMode.ElideMiddle, text_rect.width()))
        painter.restore()

    @staticmethod
    def _tile(painter: QPainter, rect: QRect, palette: QPalette, failed: str) -> None:
        """A quiet tile where the thumbnail goes; *failed* is the text saying it cannot be made."""
        tile = QColor(palette.color(QPalette.ColorRole.Mid))
        tile.setAlpha(90)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tile)
        painter.drawRoundedRect(QRectF(rect), 8, 8)
        if failed:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, failed)

    def _badges(self, painter: QPainter, picture: QRect, badges: tuple[str, ...], base: QFont) -> None:
        font = badge_font(base)
        height = QFontMetrics(font).height() + 2
        left, top = picture.left() + 4.0, picture.top() + 4.0
        for flag in badges:
            text, color = self._badge_texts[flag], BADGES[flag][1]
            width = QFontMetrics(font).horizontalAdvance(text) + 10
            if left + width > picture.right() - 4 and left > picture.left() + 4:
                left, top = picture.left() + 4.0, top + height + 3
            left += draw_badge(painter, left, top, text, color, font) + 3

    @staticmethod
    def _crop_mark(painter: QPainter, picture: QRect) -> None:
        """Two corner brackets, bottom right: this image has its own crop."""
        size = 16
        x, y = picture.right() - size - 4, picture.bottom() - size - 4
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 150))
        painter.drawRoundedRect(QRectF(x - 3, y - 3, size + 6, size + 6), 4, 4)
        painter.setPen(QPen(QColor("#ffffff"), 2))
        painter.drawPolyline([QPointF(x + 4, y), QPointF(x + 4, y + size - 4), QPointF(x + size, y + size - 4)])
        painter.drawPolyline([QPointF(x, y + 4), QPointF(x + size - 4, y + 4), QPointF(x + size - 4, y + size)])
