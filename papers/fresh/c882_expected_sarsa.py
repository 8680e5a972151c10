from h import *
rng=np.random.default_rng(882); ns,na=5,3; Q=rng.normal(size=(ns,na)); P=rng.dirichlet(np.ones(na),size=ns)
s,a_,s1,R,al,g=1,2,3,0.5,0.2,0.95
e=T(Q).clone(); e[s,a_]=e[s,a_]+al*(R+g*(T(P)[s1]*e[s1]).sum()-e[s,a_])
run('c882_expected_sarsa', {'Q':Q,r'\pi':P,'S_t':s,'A_t':a_,'S_{t+1}':s1,'R_{t+1}':R,r'\alpha':al,r'\gamma':g}, e.numpy(), fn='Q')
