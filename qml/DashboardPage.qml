pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import FairGuard.Models

// All cases of the fair with status and deadline; search by booth, exhibitor, complainant,
// patent number or case number (a keyboard-wedge scanner types into the search field too). A
// booth sticker scanned or a booth code typed in full opens the booth view.
Page {
    id: page

    required property StationBackend backend
    // The search field's text (the page tour sets it).
    property alias searchText: search.text
    signal newComplaint()
    signal openKiosk()
    signal openCase(string caseId)
    // The camera scan of a booth sticker into the search (tablets without a wedge scanner).
    signal scanRequested()

    background: Rectangle { color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        RowLayout {
            spacing: Theme.gap
            Layout.fillWidth: true
            TextField {
                id: search
                objectName: "caseSearch"
                placeholderText: qsTr("Search or scan: booth, exhibitor, complainant, patent or case number")
                implicitHeight: Theme.touch
                Layout.fillWidth: true
                onTextChanged: page.backend.cases.filter = text
            }
            Button {
                objectName: "scanIntoSearch"
                text: qsTr("Scan sticker")
                implicitHeight: Theme.touch
                onClicked: page.scanRequested()
            }
            Label {
                textFormat: Text.PlainText
                text: qsTr("%1 of %2 cases").arg(page.backend.cases.count).arg(page.backend.cases.totalCount)
                color: Theme.textMuted
            }
            Button {
                objectName: "openKiosk"
                text: page.backend.kioskDesk.pendingCount > 0 ? qsTr("Self-service (%1)").arg(page.backend.kioskDesk.pendingCount)
                                                               : qsTr("Self-service")
                implicitHeight: Theme.touch
                onClicked: page.openKiosk()
            }
            Button {
                objectName: "newComplaint"
                text: qsTr("New complaint")
                highlighted: true
                opacity: enabled ? 1 : 0.4  // the palette alone does not grey a highlighted button
                implicitHeight: Theme.touch
                onClicked: page.newComplaint()
            }
        }

        // Shown after a count on the Today page was tapped.
        RowLayout {
            visible: page.backend.cases.statusFilter.length > 0
            spacing: Theme.gap
            Layout.fillWidth: true
            Label {
                textFormat: Text.PlainText
                text: page.backend.cases.dayFilter ? qsTr("Showing: %1, received today").arg(Labels.status(page.backend.cases.statusFilter))
                                                   : qsTr("Showing: %1").arg(Labels.status(page.backend.cases.statusFilter))
                color: Theme.info
                font.bold: true
                Layout.fillWidth: true
            }
            Button {
                objectName: "showAllStatuses"
                text: qsTr("Show all cases")
                implicitHeight: Theme.touch
                onClicked: page.backend.cases.clearStatus()
            }
        }

        BoothCard {
            objectName: "boothCard"
            backend: page.backend
            searchText: search.text
            onCloseRequested: search.text = ""
        }

        ListView {
            id: list
            clip: true
            model: page.backend.cases
            Layout.fillWidth: true
            Layout.fillHeight: true
            ScrollBar.vertical: ScrollBar { }
            delegate: CaseDelegate {
                width: ListView.view.width
                now: page.backend.now
                onClicked: page.openCase(page.backend.cases.caseIdAt(index))
                onBoothTapped: (booth) => search.text = booth
            }
            Label {
                textFormat: Text.PlainText
                anchors.centerIn: parent
                visible: list.count === 0
                text: page.backend.loading ? qsTr("Loading cases…")
                      : page.backend.cases.totalCount === 0 ? qsTr("No complaints yet.")
                      : page.backend.cases.boothInView.length > 0 ? ""
                      : page.backend.cases.statusFilter.length > 0 ? qsTr("No case in this status matches.") : qsTr("No case matches the search.")
                color: Theme.textMuted
            }
        }
    }
}
