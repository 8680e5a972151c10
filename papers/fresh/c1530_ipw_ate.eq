% Inverse probability weighting, the Horvitz-Thompson form of the average treatment effect as printed in Wikipedia's
% "Inverse probability weighting" article and in causal-inference course notes (from memory of the printing): T_i the
% binary treatment, Y_i the outcome and \hat{e}(X_i) the estimated propensity score of unit i (prose, given)
T, Y, \hat{e}(X) \in \mathbb{R}^{n}

\hat{\tau}_{IPW} = \frac{1}{n} \sum_{i=1}^{n} \left( \frac{T_i Y_i}{\hat{e}(X_i)} - \frac{(1 - T_i) Y_i}{1 - \hat{e}(X_i)} \right)
