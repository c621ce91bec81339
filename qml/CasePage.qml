import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// One case: details and deadline on the left with the actions its state allows (in workflow
// order), the signed timeline on the right.
Page {
    id: page

    required property StationBackend backend
    readonly property CaseController controller: backend.currentCase
    readonly property var d: controller.details
    signal back()

    function openAction(type) {
        editor.openFor(type)
    }

    background: Rectangle { color: Theme.background }
    // A form left open must not float over the next page.
    StackView.onDeactivating: editor.close()
    Component.onDestruction: editor.close()

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        ColumnLayout {
            spacing: 10
            Layout.preferredWidth: 470
            Layout.maximumWidth: 470
            Layout.fillHeight: true

            RowLayout {
                spacing: Theme.gap
                Button { text: qsTr("‹ Cases"); implicitHeight: Theme.touch; onClicked: page.back() }
                ColumnLayout {
                    spacing: 0
                    Label { text: page.controller.caseNumber; font.pixelSize: Theme.titleSize; font.bold: true }
                    Label { text: Labels.status(page.controller.status); color: Theme.info; font.bold: true }
                }
            }
            Label {
                visible: (page.d.deadline || 0) > 0 && page.controller.status === "notice_served"
                text: qsTr("Defence deadline %1 · %2").arg(page.backend.formatDateTime(page.d.deadline || 0))
                          .arg(Labels.countdown(page.d.deadline || 0, page.backend.now))
                color: Labels.countdownColor(page.d.deadline || 0, page.backend.now)
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            ReviewLine { label: qsTr("Complainant"); value: (page.d.complainant || {}).name || "" }
            ReviewLine { label: qsTr("Right"); value: Labels.rightType((page.d.right || {}).right_type || "") + "  " + ((page.d.right || {}).number || "") }
            ReviewLine {
                label: qsTr("Respondent")
                value: (page.d.booth || "") + "  " + ((page.d.respondent || {}).exhibitor || "")
                       + ((page.d.respondent || {}).booth_source === "manual" ? qsTr("  (typed, not verified)") : "")
            }
            ReviewLine { label: qsTr("Product"); value: (page.d.product || {}).description || "" }
            ReviewLine {
                visible: (page.d.outcome || "").length > 0
                label: qsTr("Outcome")
                value: Labels.outcome(page.d.outcome || "") + ((page.d.reason || "").length > 0 ? " — " + page.d.reason : "")
            }
            Label {
                visible: page.controller.error.length > 0
                text: page.controller.error
                color: Theme.danger
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Item { Layout.fillHeight: true }
            Flow {
                spacing: 8
                Layout.fillWidth: true
                Repeater {
                    model: page.controller.allowedActions
                    delegate: Button {
                        required property string modelData
                        text: Labels.action(modelData)
                        highlighted: modelData === page.controller.allowedActions[0]
                        implicitHeight: Theme.touch
                        onClicked: editor.openFor(modelData)
                    }
                }
            }
        }

        Pane {
            padding: 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            background: Rectangle { color: Theme.surface; border.color: Theme.line; radius: Theme.radius }
            ListView {
                anchors.fill: parent
                anchors.margins: 8
                clip: true
                model: page.controller.timeline
                header: Label { text: qsTr("Timeline"); font.bold: true; padding: 8 }
                delegate: TimelineDelegate { width: ListView.view.width; backend: page.backend }
                ScrollBar.vertical: ScrollBar { }
            }
        }
    }

    CaseActionEditor {
        id: editor
        controller: page.controller
        anchors.centerIn: parent
    }
}
