% Goodfellow, Bengio & Courville, Deep Learning, Eq. 5.12 (normal equations of linear regression), as printed
\boldsymbol{X}^{(\text{train})} \in \mathbb{R}^{m \times n}, \boldsymbol{y}^{(\text{train})} \in \mathbb{R}^{m}

\boldsymbol{w} = \left( \boldsymbol{X}^{(\text{train})\top} \boldsymbol{X}^{(\text{train})} \right)^{-1} \boldsymbol{X}^{(\text{train})\top} \boldsymbol{y}^{(\text{train})}
