% FCOS, Tian et al. (2019), Eq. 3: the centre-ness target of N locations from their distances l*, t*, r*, b* to
% the four sides of the box
l^*, r^*, t^*, b^* \in \mathbb{R}^{N}

\text{centerness}^* = \sqrt{\frac{\min(l^*, r^*)}{\max(l^*, r^*)} \times \frac{\min(t^*, b^*)}{\max(t^*, b^*)}}
