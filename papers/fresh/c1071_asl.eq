% Asymmetric Loss for multi-label classification, Ridnik et al. (2021), Eqs. 1, 4 and 7: the shifted
% probability p_m and the asymmetric positive and negative parts, for the K labels of one image (prose)
p \in \mathbb{R}^{K}, y \in \{0,1\}^{K}, \gamma_+, \gamma_-, m \in \mathbb{R}

p_m = \max(p - m, 0)
L_+ = (1-p)^{\gamma_+} \log(p)
L_- = (p_m)^{\gamma_-} \log(1 - p_m)
L = -y L_+ - (1 - y) L_-
