import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A label and its value, for the review and the case details.
ColumnLayout {
    property alias label: caption.text
    property alias value: content.text
    spacing: 0
    Layout.fillWidth: true

    Label {
        id: caption
        textFormat: Text.PlainText
        color: Theme.textMuted
        font.pixelSize: Theme.smallSize
    }
    Label {
        id: content
        textFormat: Text.PlainText
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
