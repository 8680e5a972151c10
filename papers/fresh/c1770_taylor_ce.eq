% Feng et al. (IJCAI 2020), "Can Cross Entropy Loss Be Robust to Label Noise?", Eq. 7 (Taylor cross entropy),
% written from memory of the printing; f_y(x) (the predicted probability of the label) written p_y, a scalar (prose)
\ell_{t}(p_y) = \sum_{k=1}^{t} \frac{(1 - p_y)^k}{k}
