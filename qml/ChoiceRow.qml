pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// One choice among a few, as a row of large toggle buttons (easier to hit than a combo box).
// options: [{key, label}]; value: the chosen key (empty: none chosen); allowed: the keys that
// may be chosen now (null: all), so that a choice cannot contradict another one.
ColumnLayout {
    id: choice

    property alias label: caption.text
    property var options: []
    property string value
    property var allowed: null

    spacing: 4
    Layout.fillWidth: true

    Label {
        id: caption
        textFormat: Text.PlainText
        visible: text.length > 0
        color: Theme.textMuted
        font.pixelSize: Theme.smallSize
    }
    Flow {
        spacing: 8
        Layout.fillWidth: true
        Repeater {
            model: choice.options
            delegate: Button {
                required property var modelData
                objectName: "choice_" + modelData.key
                text: modelData.label
                checkable: true
                checked: choice.value === modelData.key
                enabled: choice.allowed === null || choice.allowed.indexOf(modelData.key) >= 0
                implicitHeight: Theme.touch
                onClicked: choice.value = modelData.key
            }
        }
    }
}
