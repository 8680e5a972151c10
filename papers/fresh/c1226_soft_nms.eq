% Soft-NMS, Bodla et al. (2017), Eq. 3: the Gaussian decay of the scores of the N remaining boxes b_i by their
% overlap with the selected box M (the overlaps given, prose)
s \in \mathbb{R}^{N}, \mathrm{iou}(\mathcal{M}, b_i) \in \mathbb{R}^{N}, \sigma \in \mathbb{R}

s_i = s_i e^{-\frac{\mathrm{iou}(\mathcal{M}, b_i)^2}{\sigma}}, \forall b_i \notin \mathcal{D}
