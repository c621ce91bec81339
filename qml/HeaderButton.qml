import QtQuick
import QtQuick.Controls

// A button on the header's primary-coloured bar: white text straight on the bar (8:1), a
// white outline so it reads as a button, darker while pressed. The style's own ToolButton
// paints a translucent light plate under white text (3:1), unreadable at arm's length.
ToolButton {
    id: button

    implicitHeight: Theme.touch
    contentItem: Label {
        textFormat: Text.PlainText
        text: button.text
        color: Theme.primaryText
        font.bold: true
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        implicitWidth: 64
        implicitHeight: Theme.touch - 12
        y: 6
        height: parent.height - 12
        radius: Theme.radius
        color: button.down ? Qt.darker(Theme.primary, 1.4) : Theme.primary
        border.color: Theme.primaryText
        border.width: button.visualFocus ? 3 : 1
    }
}
