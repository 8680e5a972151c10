% Generalised Dice loss, Sudre et al. (2017), Eq. 1 with its weights w_l; r_{ln} the reference and
% p_{ln} the predicted value of class l at pixel n, two classes (prose)
r, p \in \mathbb{R}^{2 \times N}

w_l = 1/\left(\sum_{n=1}^{N} r_{ln}\right)^2
GDL = 1 - 2\frac{\sum_{l=1}^{2} w_l \sum_n r_{ln} p_{ln}}{\sum_{l=1}^{2} w_l \sum_n (r_{ln} + p_{ln})}
