pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// The wizard's steps as tabs: where the officer is, and a way back to any earlier step.
// Drawn here rather than as checkable Buttons: the Basic style paints a checked Button grey,
// so the current step looked disabled. Current: primary, bold. Done: a tick in green. Later:
// plain muted text on white. Before a case is open only step 1 can be chosen (the others are
// outlines only).
RowLayout {
    id: bar

    required property IntakeWizard wizard
    readonly property var names: [qsTr("Complainant"), qsTr("Right"), qsTr("Respondent"), qsTr("Product"),
                                  qsTr("Grounds"), qsTr("Documents"), qsTr("Review")]
    spacing: 4

    Repeater {
        model: bar.names
        delegate: AbstractButton {
            id: tab
            required property int index
            required property string modelData
            readonly property bool current: bar.wizard.step === tab.index
            readonly property bool done: !tab.current && bar.wizard.stepsDone[tab.index] === true
            objectName: "intakeStep" + tab.index
            text: (tab.done ? "✓ " : (tab.index + 1) + ". ") + tab.modelData
            // A case must be open before any later step makes sense.
            enabled: tab.index === 0 || bar.wizard.caseNumber.length > 0
            implicitHeight: Theme.touch
            implicitWidth: implicitContentWidth + 16
            Layout.fillWidth: true
            Accessible.role: Accessible.PageTab
            Accessible.name: tab.text
            onClicked: bar.wizard.step = tab.index

            background: Rectangle {
                radius: Theme.radius
                // A step that cannot be chosen yet is not filled: only its outline shows.
                color: tab.current ? Theme.primary : !tab.enabled ? "transparent" : tab.pressed ? Theme.infoSoft : Theme.surface
                border.width: tab.current ? 0 : tab.done ? 2 : 1
                border.color: tab.done ? Theme.ok : Theme.line
            }
            contentItem: Label {
                textFormat: Text.PlainText
                text: tab.text
                font.pixelSize: Theme.fontSize
                font.bold: tab.current
                color: tab.current ? Theme.primaryText : tab.done ? Theme.ok : Theme.textMuted
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
                elide: Text.ElideRight
            }
        }
    }
}
