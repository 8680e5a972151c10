% Learning without Forgetting, Li & Hoiem (2017), Eq. 2 as printed (from memory of the printing): the
% knowledge-distillation loss on the old task's l outputs; y_o the recorded (old network) probabilities, hat y_o
% the current ones, both sharpened/softened with temperature T (T = 2 in the paper)
\mathbf{y}_o, \hat{\mathbf{y}}_o \in \mathbb{R}^{l}, T \in \mathbb{R}

\mathcal{L}_{old}(\mathbf{y}_o, \hat{\mathbf{y}}_o) = -\sum_{i=1}^{l} y_o'^{(i)} \log \hat{y}_o'^{(i)}
y_o'^{(i)} = \frac{(y_o^{(i)})^{1/T}}{\sum_j (y_o^{(j)})^{1/T}}, \quad \hat{y}_o'^{(i)} = \frac{(\hat{y}_o^{(i)})^{1/T}}{\sum_j (\hat{y}_o^{(j)})^{1/T}}
