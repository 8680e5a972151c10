from h import *
rng=np.random.default_rng(866); l,u=3,4; w=rng.random((l+u,l+u))
run('c866_label_prop_zhu', {'w':w,'l':l,'u':u}, (T(w)/T(w).sum(0,keepdim=True)).numpy(), fn='T')
