from h import *
rng=np.random.default_rng(1342); ns,na=5,3; Q=rng.normal(size=(ns,na)); P=rng.random((ns,na)); P/=P.sum(1,keepdims=True)
s,a,s1,R,al,g=1,2,4,0.5,0.1,0.9
e=Q.copy(); e[s,a]=Q[s,a]+al*(R+g*(P[s1]*Q[s1]).sum()-Q[s,a])
run('c1342_sb_expected_sarsa', {'Q':Q,r'\pi':P,'S_t':s,'A_t':a,'S_{t+1}':s1,'R_{t+1}':R,r'\alpha':al,r'\gamma':g}, e, fn='Q')
