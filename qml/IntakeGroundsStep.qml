import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// Step 5: the complainant's grounds, in their words.
ColumnLayout {
    id: step

    required property IntakeWizard wizard
    readonly property var recorded: wizard.recorded  // var: qmllint 6.4 cannot look into a QVariantMap
    spacing: Theme.gap

    Label {
        textFormat: Text.PlainText
        text: qsTr("Grounds of the complaint (what is infringed, and how)")
        color: Theme.textMuted
    }
    ScrollView {
        Layout.fillWidth: true
        Layout.fillHeight: true
        contentWidth: availableWidth  // a wrapped text with content (a draft, a kiosk entry) looped otherwise
        TextArea {
            id: grounds
            text: (step.recorded.grounds || {}).text || ""
            wrapMode: TextEdit.Wrap
            background: Rectangle { color: Theme.surface; border.color: Theme.line }
        }
    }
    Button {
        text: qsTr("Save and continue")
        highlighted: true
        opacity: enabled ? 1 : 0.4  // the palette alone does not grey a highlighted button
        implicitHeight: Theme.touch
        Layout.alignment: Qt.AlignRight
        onClicked: step.wizard.recordGrounds(grounds.text)
    }
}
