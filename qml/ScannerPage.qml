import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import QtMultimedia
import FairGuard.Models

// Reads a product or document code: the camera when the tablet has one, else an imported
// image or the code typed by hand. Camera and CaptureSession exist only inside the Loader
// (Qt 6.4's GStreamer test source can hang on exit when no camera is present).
Page {
    id: page

    signal codeAccepted(string text, string format)
    signal back()

    property string foundText: ""
    property string foundFormat: ""
    property string problem: ""
    readonly property bool hasCamera: devices.videoInputs.length > 0

    function found(text, format) {
        page.foundText = text
        page.foundFormat = format
        page.problem = ""
    }

    background: Rectangle { color: Theme.background }
    MediaDevices { id: devices }
    ImageCodeReader { id: reader }
    FileDialog {
        id: imageDialog
        title: qsTr("Import an image of the code")
        nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.bmp)")]
        onAccepted: {
            const r = reader.decodeFile(selectedFile)
            if (r.found) page.found(r.text, r.format)
            else page.problem = r.error
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        Label { text: qsTr("Scan a code"); font.pixelSize: Theme.titleSize; font.bold: true }

        Loader {
            active: page.hasCamera
            visible: active
            Layout.fillWidth: true
            Layout.fillHeight: true
            sourceComponent: Item {
                property var corners: []
                CaptureSession {
                    camera: Camera { id: camera; active: true }
                    videoOutput: preview
                }
                VideoOutput { id: preview; anchors.fill: parent }
                FrameScanner {
                    id: scanner
                    videoSink: preview.videoSink
                    onCodeFound: (text, format, points) => { parent.corners = points; page.found(text, format) }
                }
                // The found code's outline, from frame pixels to the shown picture.
                Canvas {
                    anchors.fill: parent
                    property var points: parent.corners
                    onPointsChanged: requestPaint()
                    onPaint: {
                        const ctx = getContext("2d"); ctx.reset()
                        if (points.length !== 4 || preview.sourceRect.width <= 0) return
                        const sx = preview.contentRect.width / preview.sourceRect.width
                        const sy = preview.contentRect.height / preview.sourceRect.height
                        ctx.strokeStyle = Theme.ok; ctx.lineWidth = 4; ctx.beginPath()
                        for (let i = 0; i < 4; ++i)
                            ctx.lineTo(preview.contentRect.x + points[i].x * sx, preview.contentRect.y + points[i].y * sy)
                        ctx.closePath(); ctx.stroke()
                    }
                }
                Component.onDestruction: { scanner.videoSink = null; camera.active = false }
            }
        }

        Label {
            visible: !page.hasCamera
            text: qsTr("No camera found on this station. Import an image of the code or type it below.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            visible: !page.hasCamera
            spacing: Theme.gap
            Layout.fillWidth: true
            Button { text: qsTr("Import an image…"); implicitHeight: Theme.touch; onClicked: imageDialog.open() }
            TextField {
                id: typed
                placeholderText: qsTr("Type the code")
                implicitHeight: Theme.touch
                Layout.fillWidth: true
                onAccepted: if (text.length > 0) page.found(text, "typed")
            }
        }
        Item { visible: !page.hasCamera; Layout.fillHeight: true }

        Label { visible: page.problem.length > 0; text: page.problem; color: Theme.danger; wrapMode: Text.Wrap; Layout.fillWidth: true }
        Rectangle {
            visible: page.foundText.length > 0
            color: Theme.infoSoft; radius: Theme.radius
            Layout.fillWidth: true
            implicitHeight: Theme.touch + Theme.gap
            Label {
                anchors.centerIn: parent
                text: qsTr("Code found: %1 (%2)").arg(page.foundText).arg(page.foundFormat)
            }
        }
        RowLayout {
            spacing: Theme.gap
            Button { text: qsTr("Back"); implicitHeight: Theme.touch; onClicked: page.back() }
            Button {
                text: qsTr("Use this code"); highlighted: true; implicitHeight: Theme.touch
                enabled: page.foundText.length > 0 || typed.text.length > 0
                opacity: enabled ? 1 : 0.4  // the palette alone does not grey a highlighted button
                onClicked: page.foundText.length > 0 ? page.codeAccepted(page.foundText, page.foundFormat)
                                                     : page.codeAccepted(typed.text, "typed")
            }
        }
    }
}
