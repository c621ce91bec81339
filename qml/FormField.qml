import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A labelled text field of touch size, with an optional hint line under it (live checks).
ColumnLayout {
    id: field

    property alias label: caption.text
    property alias text: input.text
    property alias placeholder: input.placeholderText
    property alias input: input
    property string hint
    property color hintColor: Theme.textMuted

    spacing: 4
    Layout.fillWidth: true

    Label {
        id: caption
        textFormat: Text.PlainText
        color: Theme.textMuted
        font.pixelSize: Theme.smallSize
    }
    TextField {
        id: input
        implicitHeight: Theme.touch
        Layout.fillWidth: true
    }
    Label {
        textFormat: Text.PlainText
        visible: field.hint.length > 0
        text: field.hint
        color: field.hintColor
        wrapMode: Text.Wrap
        font.pixelSize: Theme.smallSize
        Layout.fillWidth: true
    }
}
