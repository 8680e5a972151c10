% SwAV, Caron et al. (2020), Eqs. 1-2: swapped prediction loss; prototypes c_1..c_K are the columns of
% C in R^{D x K} (prose), q_s a code over the K prototypes
\mathbf{z}_t \in \mathbb{R}^{D}, \mathbf{q}_s \in \mathbb{R}^{K}, \mathbf{C} \in \mathbb{R}^{D \times K}, \tau \in \mathbb{R}

\ell(\mathbf{z}_t, \mathbf{q}_s) = -\sum_k \mathbf{q}_s^{(k)} \log \mathbf{p}_t^{(k)}, \quad \text{where} \quad \mathbf{p}_t^{(k)} = \frac{\exp\left(\frac{1}{\tau} \mathbf{z}_t^\top \mathbf{c}_k\right)}{\sum_{k'} \exp\left(\frac{1}{\tau} \mathbf{z}_t^\top \mathbf{c}_{k'}\right)}
