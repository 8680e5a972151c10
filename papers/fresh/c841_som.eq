% Self-organizing map (Kohonen): the update of unit v's weights toward input D(t), Theta the neighbourhood value, alpha the rate
\mathbf{W}_v, \mathbf{D} \in \mathbb{R}^{n}, \theta, \alpha \in \mathbb{R}

\mathbf{W}_v' = \mathbf{W}_v + \theta \cdot \alpha \cdot (\mathbf{D} - \mathbf{W}_v)
