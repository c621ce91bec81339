import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The measures taken with a decision (several may apply).
ColumnLayout {
    id: list

    readonly property var keys: ["exhibit_removed", "exhibit_covered", "materials_sealed", "materials_removed", "link_taken_down"]
    function clear() {
        for (let i = 0; i < boxes.count; ++i)
            boxes.itemAt(i).checked = false
    }
    function check(key) {
        boxes.itemAt(keys.indexOf(key)).checked = true
    }
    function chosen() {
        const out = []
        for (let i = 0; i < boxes.count; ++i)
            if (boxes.itemAt(i).checked)
                out.push(keys[i])
        return out
    }
    spacing: 0

    Label { textFormat: Text.PlainText; text: qsTr("Measures taken"); color: Theme.textMuted; font.pixelSize: Theme.smallSize }
    Flow {
        spacing: 8
        Layout.fillWidth: true
        Repeater {
            id: boxes
            model: list.keys
            delegate: CheckBox {
                required property string modelData
                objectName: "measure_" + modelData
                text: Labels.measure(modelData)
                implicitHeight: Theme.touch
            }
        }
    }
}
