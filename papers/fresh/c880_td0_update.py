from h import *
rng=np.random.default_rng(880); ns=6; V=rng.normal(size=ns); s,s1,R,a,g=2,4,0.7,0.1,0.9
e=T(V).clone(); e[s]=e[s]+a*(R+g*e[s1]-e[s])
run('c880_td0_update', {'V':V,'S_t':s,'S_{t+1}':s1,'R_{t+1}':R,r'\alpha':a,r'\gamma':g}, e.numpy(), fn='V')
