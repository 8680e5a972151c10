% Mean intersection over union as segmentation papers print it (e.g. the PASCAL VOC / Cityscapes
% benchmark definition): C the set of classes, TP, FP, FN the per-class pixel counts
TP, FP, FN \in \mathbb{R}^{K}

\mathrm{mIoU} = \frac{1}{|C|} \sum_{c \in C} \frac{TP_c}{TP_c + FP_c + FN_c}
