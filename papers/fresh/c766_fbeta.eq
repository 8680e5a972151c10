% F_beta score, van Rijsbergen's effectiveness measure as usually printed (e.g. Chinchor 1992)
\text{precision}, \text{recall}, \beta \in \mathbb{R}

F_\beta = (1 + \beta^2) \cdot \frac{\text{precision} \cdot \text{recall}}{(\beta^2 \cdot \text{precision}) + \text{recall}}
