% Goodfellow, Bengio & Courville, Deep Learning, Eqs. 5.3-5.4 (linear regression's prediction and test MSE), as
% printed, with the prediction on the test set written as the design matrix times w
\boldsymbol{X}^{(\text{test})} \in \mathbb{R}^{m \times n}, \boldsymbol{y}^{(\text{test})} \in \mathbb{R}^{m}, \boldsymbol{w} \in \mathbb{R}^{n}

\hat{\boldsymbol{y}}^{(\text{test})} = \boldsymbol{X}^{(\text{test})} \boldsymbol{w}
\text{MSE}_{\text{test}} = \frac{1}{m} \sum_i \left( \hat{\boldsymbol{y}}^{(\text{test})} - \boldsymbol{y}^{(\text{test})} \right)_i^2
