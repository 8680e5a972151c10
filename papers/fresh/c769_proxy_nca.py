from h import *
rng=np.random.default_rng(769); d,C=3,4; x=rng.normal(size=d); py=rng.normal(size=d); Z=rng.normal(size=(C,d))
dz=((x[None,:]-Z)**2).sum(1); dp=((x-py)**2).sum()
run('c769_proxy_nca', {'x':x,'p_y':py,'Z':Z}, np.array(dp+np.log(np.exp(-dz).sum())), fn='L_{NCA}')
