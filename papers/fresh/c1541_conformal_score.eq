% Split conformal prediction, Angelopoulos & Bates (2021), "A Gentle Introduction to Conformal Prediction", Sec. 1 as
% printed (from memory of the printing): the conformal score of calibration point i is one minus the softmax output of
% the true class; \hat{f}(X) the n x K softmax outputs, Y_i the labels (prose)
\hat{f}(X) \in \mathbb{R}^{n \times K}, Y \in \{1, \ldots, K\}^{n}

s_i = 1 - \hat{f}(X_i)_{Y_i}
