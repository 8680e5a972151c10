from h import *
rng=np.random.default_rng(881); ns,na=5,3; Q=rng.normal(size=(ns,na)); s,a_,s1,a1,R,al,g=1,2,3,0,0.5,0.2,0.95
e=T(Q).clone(); e[s,a_]=e[s,a_]+al*(R+g*e[s1,a1]-e[s,a_])
run('c881_sarsa', {'Q':Q,'S_t':s,'A_t':a_,'S_{t+1}':s1,'A_{t+1}':a1,'R_{t+1}':R,r'\alpha':al,r'\gamma':g}, e.numpy(), fn='Q')
