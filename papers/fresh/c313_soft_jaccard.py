from h import *
rng=np.random.default_rng(313); p=rng.random(10); g=(rng.random(10)<.5).astype(float)
run('c313_soft_jaccard', {'p':p,'g':g}, np.array(1-(T(p)*T(g)).sum()/(T(p)+T(g)-T(p)*T(g)).sum()), fn='L_{IoU}')
