from h import *
rng=np.random.default_rng(1000); ns,na=5,3; Q=rng.normal(size=(ns,na))
s,a_,s1,R,al,g=4,0,2,-0.5,0.3,0.9
e=T(Q).clone(); e[s,a_]=e[s,a_]+al*(R+g*e[s1].max()-e[s,a_])
run('c1000_q_learning', {'Q':Q,'S_t':s,'A_t':a_,'S_{t+1}':s1,'R_{t+1}':R,r'\alpha':al,r'\gamma':g}, e.numpy(), fn='Q')
