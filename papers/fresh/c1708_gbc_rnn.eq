% Goodfellow, Bengio & Courville, Deep Learning, Eqs. 10.8-10.11 (forward propagation of the RNN of Fig. 10.3), as
% printed; one time step
\boldsymbol{x}^{(t)} \in \mathbb{R}^{n}, \boldsymbol{h}^{(t-1)} \in \mathbb{R}^{d}, \boldsymbol{b} \in \mathbb{R}^{d}, \boldsymbol{c} \in \mathbb{R}^{K}, \boldsymbol{W} \in \mathbb{R}^{d \times d}, \boldsymbol{U} \in \mathbb{R}^{d \times n}, \boldsymbol{V} \in \mathbb{R}^{K \times d}

\boldsymbol{a}^{(t)} = \boldsymbol{b} + \boldsymbol{W}\boldsymbol{h}^{(t-1)} + \boldsymbol{U}\boldsymbol{x}^{(t)}
\boldsymbol{h}^{(t)} = \tanh(\boldsymbol{a}^{(t)})
\boldsymbol{o}^{(t)} = \boldsymbol{c} + \boldsymbol{V}\boldsymbol{h}^{(t)}
\hat{\boldsymbol{y}}^{(t)} = \text{softmax}(\boldsymbol{o}^{(t)})
