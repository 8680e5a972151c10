from h import *
rng=np.random.default_rng(1527); d,k=4,3; w=rng.normal(size=d); cp=rng.normal(size=d); cn=rng.normal(size=(k,d)); ls=lambda a:-np.log1p(np.exp(-a))
run('c1527_jm_sgns_loss', {'w':w,'c_{pos}':cp,'c_{neg}':cn}, -(ls(cp@w)+ls(-(cn@w)).sum()), fn='L_{CE}')
